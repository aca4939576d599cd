# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
stepwise_add_test(tst_shell SOURCES tst_shell.cpp LIBS Stepwise::App)
