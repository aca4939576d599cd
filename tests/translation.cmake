# Tests of the translations (included from tests/CMakeLists.txt).
stepwise_add_test(tst_translation SOURCES tst_translation.cpp LIBS Stepwise::App)
target_compile_definitions(tst_translation PRIVATE
    STEPWISE_TS_FILE="${PROJECT_SOURCE_DIR}/translations/stepwise_zh_CN.ts")
# It also runs the real binary, to see the language follow the environment.
add_dependencies(tst_translation stepwise)
