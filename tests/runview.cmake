# Tests of the execution view (editor/run): controller, callbacks panel, the ASL seed template.
stepwise_add_test(tst_runcontroller SOURCES tst_runcontroller.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
stepwise_add_test(tst_historypanel SOURCES tst_historypanel.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
stepwise_add_test(tst_historyreplay SOURCES tst_historyreplay.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
# The execution view in the real window (the seed template end to end, read-only, saved inputs).
stepwise_add_test(tst_runwindow SOURCES tst_runwindow.cpp LIBS Stepwise::App)
