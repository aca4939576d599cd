# bench_runtime: transitions per second of the interpreter against the oracle (run by hand).
add_executable(bench_runtime bench_runtime.cpp)
target_link_libraries(bench_runtime PRIVATE Stepwise::Runtime)
target_compile_definitions(bench_runtime PRIVATE STEPWISE_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
stepwise_strict(bench_runtime)
