#include "jsonata/program.h"

#include "jsonata/parser.h"

namespace stepwise::jsonata {

std::shared_ptr<Program> Program::parse(const std::string &source)
{
    auto program = std::make_shared<Program>();
    program->source = source;
    Parser parser(program->source, program->arena);
    program->root = parser.parse();
    return program;
}

} // namespace stepwise::jsonata
