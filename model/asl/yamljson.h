#pragma once

#include "jsonpositionindex.h"
#include "workflowdata.h"

#include <string>

namespace YAML {
class Emitter;
}

namespace stepwise {

/// ASL written as YAML: converts YAML text to the same ordered JSON the JSON reader gives
/// (mapping order kept; plain scalars typed by YAML 1.2's core schema, quoted ones stay
/// strings), and JSON back to YAML that reads back to the same JSON. yaml-cpp stays private
/// to this file so the model's public headers do not need it.
class YamlJson
{
public:
    struct Error
    {
        int line = 0;
        int column = 0;
        std::string message;
    };
    /// Parses `text`; on failure returns false and fills `error`. Fills `index` with the
    /// place of every value (its key's place for mapping members).
    static bool parse(const std::string &text, OrderedJson &out, JsonPositionIndex &index,
                      Error &error);
    static std::string dump(const OrderedJson &json);
    /// Writes `json` into an emitter the caller is filling (the SAM template).
    static void emitInto(YAML::Emitter &out, const OrderedJson &json);
};

} // namespace stepwise
