# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
stepwise_add_test(tst_shell SOURCES tst_shell.cpp LIBS Stepwise::App)
stepwise_add_test(tst_export SOURCES tst_export.cpp LIBS Stepwise::App)
stepwise_add_test(tst_render SOURCES tst_render.cpp LIBS Stepwise::App)
# The render test runs the real binary too: build it first.
add_dependencies(tst_render stepwise)
