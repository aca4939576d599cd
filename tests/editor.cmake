stepwise_add_test(tst_layout SOURCES tst_layout.cpp LIBS Stepwise::Editor Stepwise::Model)
stepwise_add_test(tst_layoutnested SOURCES tst_layoutnested.cpp LIBS Stepwise::Editor Stepwise::Model)
stepwise_add_test(tst_canvasedit SOURCES tst_canvasedit.cpp
                  LIBS Stepwise::Editor Stepwise::Model Stepwise::Resources)
