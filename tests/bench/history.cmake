# Benchmarks of this area (printed figures, run by hand).
# bench_history: peak memory of `stepwise run --history` on a Pass loop with a 200 KB payload.
add_executable(bench_history bench_history.cpp)
target_link_libraries(bench_history PRIVATE Stepwise::Runtime)
target_compile_definitions(bench_history PRIVATE STEPWISE_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
stepwise_strict(bench_history)
add_dependencies(bench_history stepwise)
