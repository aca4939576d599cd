# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
stepwise_add_test(tst_commands SOURCES tst_commands.cpp LIBS Stepwise::Editor Stepwise::Model)
# 1,000 seeded random edits of every command kind, undone and redone to the same bytes.
stepwise_add_test(tst_commandrandom SOURCES tst_commandrandom.cpp
                  LIBS Stepwise::Editor Stepwise::Model)
stepwise_add_test(tst_scene SOURCES tst_scene.cpp LIBS Stepwise::Editor Stepwise::Model)
stepwise_add_test(tst_canvas SOURCES tst_canvas.cpp
                  LIBS Stepwise::Editor Stepwise::Model Stepwise::Resources)
