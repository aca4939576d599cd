# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
stepwise_add_test(tst_jsonatasuite SOURCES tst_jsonatasuite.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_jsonata SOURCES tst_jsonata.cpp LIBS Stepwise::Runtime Qt6::Core)
