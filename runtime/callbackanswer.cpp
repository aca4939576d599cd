#include "callbackanswer.h"

#include "limitcheck.h"

namespace stepwise::runtime {

std::string CallbackAnswer::read(const Json &answer, CallbackAnswer &out)
{
    out = CallbackAnswer();
    if (!answer.is_object() || answer.size() != 1 ||
        !(answer.contains("success") || answer.contains("failure")))
        return "an answer is {\"success\": OUTPUT} or {\"failure\": {\"error\": ..., "
               "\"cause\": ...}}";
    if (auto s = answer.find("success"); s != answer.end()) {
        // SendTaskSuccess refuses an output over the payload limit.
        if (limits::serialisedSize(*s, limits::kMaxPayloadBytes) > limits::kMaxPayloadBytes)
            return "the output is larger than " + std::to_string(limits::kMaxPayloadBytes) +
                   " bytes";
        out.success = true;
        out.output = *s;
        return {};
    }
    const Json &f = answer["failure"];
    if (!f.is_object())
        return "\"failure\" must be an object with \"error\" and \"cause\" strings";
    for (auto it = f.begin(); it != f.end(); ++it)
        if (it.key() != "error" && it.key() != "cause")
            return "\"failure\" has an unknown field \"" + it.key() + "\"";
    auto field = [&](const char *name, std::size_t max, std::string &into) -> std::string {
        auto it = f.find(name);
        if (it == f.end())
            return {};
        if (!it->is_string())
            return "\"failure\".\"" + std::string(name) + "\" must be a string, not " +
                   json_util::typeName(*it);
        if (it->get_ref<const std::string &>().size() > max)
            return "\"failure\".\"" + std::string(name) + "\" is longer than " +
                   std::to_string(max) + " characters";
        into = it->get<std::string>();
        return {};
    };
    if (std::string why = field("error", limits::kMaxErrorLength, out.error); !why.empty())
        return why;
    if (std::string why = field("cause", limits::kMaxCauseLength, out.cause); !why.empty())
        return why;
    return {};
}

} // namespace stepwise::runtime
