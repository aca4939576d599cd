// The MockConfigFile reader: "TESTCASE\nJSON". Loading returns "" or a message, never throws;
// a loaded config answers lookups for every state it names.
#include "fuzzjson.h"
#include "mockconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    fuzz::Split in = fuzz::split(data, size);
    if (!in.jsonOk)
        return 0;
    runtime::MockConfig mocks;
    if (!mocks.load(in.json, {}, std::string(in.head)).empty())
        return 0;
    for (const std::string &state : mocks.stateNames())
        for (int n = 0; n < 4; ++n) {
            runtime::MockConfig::Response r;
            (void)mocks.lookup(state, n, r);
        }
    return 0;
}
