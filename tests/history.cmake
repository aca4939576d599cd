# Tests of this area (added by the work that owns it; included from tests/CMakeLists.txt).
