# FlowZap Code reader and writer.
stepwise_add_test(tst_fzreader SOURCES tst_fzreader.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_fzwriter SOURCES tst_fzwriter.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_fzfuzz SOURCES tst_fzfuzz.cpp LIBS Stepwise::Model)
