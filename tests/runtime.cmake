# The runtime's tests (runtime/ has no Qt; the tests use Qt Test only as the harness).
stepwise_add_test(tst_rtconformance SOURCES tst_rtconformance.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_rtoracle SOURCES tst_rtoracle.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_rtexecution SOURCES tst_rtexecution.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_rtgraph SOURCES tst_rtgraph.cpp LIBS Stepwise::App Stepwise::Runtime)
stepwise_add_test(tst_rtcommand SOURCES tst_rtcommand.cpp LIBS Stepwise::Runtime Qt6::Core)
add_dependencies(tst_rtcommand stepwise)
stepwise_add_test(tst_rtjsonpath SOURCES tst_rtjsonpath.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_rtjsonata SOURCES tst_rtjsonata.cpp LIBS Stepwise::Runtime Qt6::Core)
