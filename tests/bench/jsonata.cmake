# Benchmarks of this area (printed figures, run by hand).
# bench_jsonata: the reference suite's expressions, timed against jsonata-js when node is there.
add_executable(bench_jsonata bench_jsonata.cpp)
target_link_libraries(bench_jsonata PRIVATE Stepwise::Runtime)
stepwise_strict(bench_jsonata)
