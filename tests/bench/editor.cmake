# Benchmarks of this area (printed figures, run by hand).
# bench_editor: open, repaint, drag and undo on a generated 2,000-state, 10-lane workflow.
add_executable(bench_editor bench_editor.cpp)
target_link_libraries(bench_editor PRIVATE Stepwise::Editor Stepwise::Model Qt6::Test)
stepwise_strict(bench_editor)
