// Callback answers: the bytes are a JSON answer to a task waiting for its token. A refused
// answer leaves the execution waiting on the same token; an accepted one runs it to the end.
#include "callbackanswer.h"
#include "execution.h"
#include "jsonparse.h"

#include <cstdlib>

namespace {

using namespace stepwise::runtime;

std::shared_ptr<const Definition> waitingDefinition()
{
    static const auto def = Definition::compile(Json::parse(R"({
        "StartAt": "Ask",
        "States": {
            "Ask": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
            "Caught": {"Type": "Pass", "End": true}
        }})"))
                                .definition;
    return def;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Json answer;
    if (!json_util::parse(std::string_view(reinterpret_cast<const char *>(data), size), answer).ok)
        return 0;
    Execution run(waitingDefinition(), Json{{"order", 1}});
    if (run.runUntilPause() != Execution::Status::PausedCallback)
        std::abort();
    const std::string token = run.pendingCallbacks().front().token;
    CallbackAnswer checked;
    if (!CallbackAnswer::read(answer, checked).empty()) {
        // Refused: nothing changed, the task still waits on its token.
        if (run.status() != Execution::Status::PausedCallback ||
            run.pendingCallbacks().size() != 1 || run.pendingCallbacks().front().token != token)
            std::abort();
        return 0;
    }
    const std::string why = checked.success ? run.success(token, checked.output)
                                            : run.failure(token, checked.error, checked.cause);
    if (!why.empty())
        std::abort(); // a checked answer to the pending token is accepted
    run.runUntilPause();
    if (!run.finished())
        std::abort();
    return 0;
}
