# Benchmarks of the execution view (printed figures, run by hand).
# bench_historypanel: a 25,000-event run shown in the history dock: latency, filter, search.
add_executable(bench_historypanel bench_historypanel.cpp)
target_link_libraries(bench_historypanel PRIVATE Stepwise::Editor Qt6::Widgets)
stepwise_strict(bench_historypanel)
# bench_runloop: one million transitions run in the real window: rate, event-loop latency,
# view updates a second, Stop, memory.
add_executable(bench_runloop bench_runloop.cpp)
target_link_libraries(bench_runloop PRIVATE Stepwise::App Qt6::Widgets)
stepwise_strict(bench_runloop)
