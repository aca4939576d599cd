# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
stepwise_add_test(tst_reliability SOURCES tst_reliability.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_reliabilitycli SOURCES tst_reliabilitycli.cpp LIBS Qt6::Core)
add_dependencies(tst_reliabilitycli stepwise)
stepwise_add_test(tst_reliabilityfiles SOURCES tst_reliabilityfiles.cpp LIBS Stepwise::App)
stepwise_add_test(tst_reliabilitymodel SOURCES tst_reliabilitymodel.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_reliabilitylimits SOURCES tst_reliabilitylimits.cpp LIBS Stepwise::Runtime Qt6::Core)
stepwise_add_test(tst_fuzzregressions SOURCES tst_fuzzregressions.cpp LIBS Stepwise::Runtime Qt6::Core)
