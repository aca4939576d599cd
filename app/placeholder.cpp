// The app library gathers the window and the command-line commands; see main.cpp.
