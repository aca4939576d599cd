# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
stepwise_add_test(tst_jsonataformat SOURCES tst_jsonataformat.cpp LIBS Stepwise::Runtime Qt6::Core)
