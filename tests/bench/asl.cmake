# bench_asl: ASL read/write throughput into/out of the document against bare nlohmann_json.
add_executable(bench_asl bench_asl.cpp)
target_link_libraries(bench_asl PRIVATE Stepwise::Model)
stepwise_strict(bench_asl)
