# Tests of the execution view (editor/run): controller, callbacks panel, the ASL seed template.
stepwise_add_test(tst_runcontroller SOURCES tst_runcontroller.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
stepwise_add_test(tst_historypanel SOURCES tst_historypanel.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
stepwise_add_test(tst_historyreplay SOURCES tst_historyreplay.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
# The execution view in the real window (the seed template end to end, read-only, saved inputs).
stepwise_add_test(tst_runwindow SOURCES tst_runwindow.cpp LIBS Stepwise::App)
# Moments of a run: waiting after going forward, real-time Waits.
stepwise_add_test(tst_runmoments SOURCES tst_runmoments.cpp
                  LIBS Stepwise::Editor Stepwise::Runtime Qt6::Widgets)
# The execution view on the real window's canvas: breakpoints by click, choices by edge,
# legend and status, following a Map iteration, the token.
stepwise_add_test(tst_runcanvas SOURCES tst_runcanvas.cpp LIBS Stepwise::App)
