# bench_fz: FlowZap read/write throughput and peak memory on a generated ~10 MB file.
add_executable(bench_fz bench_fz.cpp)
target_link_libraries(bench_fz PRIVATE Stepwise::Model)
stepwise_strict(bench_fz)
