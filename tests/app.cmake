stepwise_add_test(tst_cli SOURCES tst_cli.cpp LIBS Stepwise::Model)
# The command-line test runs the real binary: build it first.
add_dependencies(tst_cli stepwise)
stepwise_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS Stepwise::App)
# `stepwise eval` runs the real binary too.
stepwise_add_test(tst_evalcommand SOURCES tst_evalcommand.cpp LIBS Qt6::Core nlohmann_json::nlohmann_json)
add_dependencies(tst_evalcommand stepwise)
stepwise_add_test(tst_tojsonatamenu SOURCES tst_tojsonatamenu.cpp LIBS Stepwise::App)
