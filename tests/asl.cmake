# ASL reader, writer, validator; FlowZap <-> ASL conversion; the .stepwise project file; SAM.
stepwise_add_test(tst_aslroundtrip SOURCES tst_aslroundtrip.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_aslreader SOURCES tst_aslreader.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_aslvalidator SOURCES tst_aslvalidator.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_aslsam SOURCES tst_aslsam.cpp LIBS Stepwise::Model yaml-cpp)
stepwise_add_test(tst_convert SOURCES tst_convert.cpp LIBS Stepwise::Model)
stepwise_add_test(tst_project SOURCES tst_project.cpp LIBS Stepwise::Model)
# The validator and the runtime judge JSONPath and intrinsic functions with one grammar.
stepwise_add_test(tst_pathgrammar SOURCES tst_pathgrammar.cpp LIBS Stepwise::Model Stepwise::Runtime)
# JSONPath states converted to JSONata give AWS's recorded outcomes through the runtime.
stepwise_add_test(tst_tojsonata SOURCES tst_tojsonata.cpp LIBS Stepwise::Model Stepwise::Runtime)
