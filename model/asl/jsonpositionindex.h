#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace stepwise {

/// Line and column (1-based, columns in characters) of every value of a JSON or YAML text,
/// keyed by JSON pointer. For an object member the place is that of its key, because that is
/// where a reader looks for "the field". Built only when a finding needs a place, so reading a
/// valid file pays nothing for it.
class JsonPositionIndex
{
public:
    struct Place
    {
        int line = 0;
        int column = 0;
    };

    /// Scans a JSON text that nlohmann already accepted.
    static JsonPositionIndex fromJsonText(std::string_view text);
    /// Line and column of a byte offset into the text (nlohmann's parse_error gives one).
    static Place placeOfOffset(std::string_view text, size_t offset);
    /// Appends `token` to `pointer` with RFC 6901 escaping.
    static std::string appendToken(const std::string &pointer, std::string_view token);

    void insert(const std::string &pointer, Place place) { m_places.emplace(pointer, place); }
    /// The place of the pointer, or of its nearest ancestor that has one.
    Place find(const std::string &pointer) const;
    bool isEmpty() const { return m_places.empty(); }

private:
    std::unordered_map<std::string, Place> m_places;
};

} // namespace stepwise
