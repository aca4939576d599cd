stepwise_add_test(tst_workflow SOURCES tst_workflow.cpp LIBS Stepwise::Model)
