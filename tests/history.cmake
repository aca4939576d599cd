# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
# tst_rthistory: the runtime's history event for event against AWS's recorded histories.
stepwise_add_test(tst_rthistory SOURCES tst_rthistory.cpp LIBS Stepwise::Runtime Qt6::Core)
