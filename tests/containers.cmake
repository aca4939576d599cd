# Tests of container editing (moving states between machines, collapse, branches); included
# from tests/CMakeLists.txt.
stepwise_add_test(tst_containermove SOURCES tst_containermove.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_containeredit SOURCES tst_containeredit.cpp
                  LIBS Stepwise::Editor Stepwise::Model)
