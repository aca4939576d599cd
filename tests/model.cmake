stepwise_add_test(tst_workflow SOURCES tst_workflow.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_workflowtransitions SOURCES tst_workflowtransitions.cpp workflowcheck.h
    LIBS Stepwise::Model)
stepwise_add_test(tst_workflowrandom SOURCES tst_workflowrandom.cpp workflowcheck.h
    LIBS Stepwise::Model)
