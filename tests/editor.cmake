stepwise_add_test(tst_layout SOURCES tst_layout.cpp LIBS Stepwise::Editor Stepwise::Model)
