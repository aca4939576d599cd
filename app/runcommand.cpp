#include "runcommand.h"

namespace stepwise {

int runCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "stepwise run: not implemented yet\n";
    return 2;
}

} // namespace stepwise
