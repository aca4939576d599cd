#include "asljsonatasyntax.h"

#include "aslstaterules.h"
#include "jsonata/expression.h"
#include "jsonpositionindex.h"

#include <vector>

namespace stepwise {

bool AslJsonataSyntax::expressionOf(std::string_view text, std::string_view &expression)
{
    if (text.size() < 4 || text.substr(0, 2) != "{%" || text.substr(text.size() - 2) != "%}")
        return false;
    expression = text.substr(2, text.size() - 4);
    return true;
}

void AslJsonataSyntax::checkState(const OrderedJson &state, const std::string &pointer,
                                  Diagnostics &out)
{
    if (!state.is_object())
        return;
    std::vector<std::pair<const OrderedJson *, std::string>> pending;
    for (auto it = state.begin(); it != state.end(); ++it) {
        // Nested machines are validated state by state; a Comment is never evaluated.
        if (it.key() == "Comment" || it.key() == "Branches" || it.key() == "ItemProcessor" ||
            it.key() == "Iterator")
            continue;
        pending.emplace_back(&it.value(), JsonPositionIndex::appendToken(pointer, it.key()));
    }
    while (!pending.empty()) {
        const auto [value, at] = pending.back();
        pending.pop_back();
        if (value->is_object()) {
            for (auto it = value->begin(); it != value->end(); ++it)
                pending.emplace_back(&it.value(), JsonPositionIndex::appendToken(at, it.key()));
            continue;
        }
        if (value->is_array()) {
            for (std::size_t i = 0; i < value->size(); ++i)
                pending.emplace_back(&(*value)[i],
                                     JsonPositionIndex::appendToken(at, std::to_string(i)));
            continue;
        }
        std::string_view expression;
        if (!value->is_string() || !expressionOf(value->get_ref<const std::string &>(), expression))
            continue;
        jsonata::Error error;
        if (jsonata::Expression::compile(std::string(expression), &error))
            continue;
        // The reference places an error just after the offending token of the expression; the
        // user reads the field's text, which starts with "{%".
        const int offset = error.position < 0 ? -1 : error.position + 2;
        const QString message =
            offset < 0 ? tr("JSONata syntax error: %1 (%2).")
                             .arg(QString::fromStdString(error.message),
                                  QString::fromStdString(error.code))
                       : tr("JSONata syntax error at offset %1 of the field's text: %2 (%3).")
                             .arg(offset)
                             .arg(QString::fromStdString(error.message),
                                  QString::fromStdString(error.code));
        AslStateRules::report(out, at, QStringLiteral("ASL_JSONATA_SYNTAX"), message);
    }
}

} // namespace stepwise
