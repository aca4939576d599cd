# bench_process: the whole `stepwise run` process against the oracle's (run by hand).
add_executable(bench_process bench_process.cpp)
target_compile_definitions(bench_process PRIVATE STEPWISE_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
stepwise_strict(bench_process)
