# Inspector, code view and problems (issue 7, points 6-8): real widgets on the offscreen platform.
stepwise_add_test(tst_inspector SOURCES tst_inspector.cpp LIBS Stepwise::Editor Stepwise::Model)
stepwise_add_test(tst_codeview SOURCES tst_codeview.cpp LIBS Stepwise::Editor Stepwise::Model)
stepwise_add_test(tst_problems SOURCES tst_problems.cpp LIBS Stepwise::Editor Stepwise::Model)
