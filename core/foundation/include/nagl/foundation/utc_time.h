#pragma once
// The current time as the ISO 8601 UTC text every manifest, store entry and
// COCO file carries ("2026-12-02T18:38:57Z").
#include <string>

namespace nagl::foundation {

std::string utcTimestamp();

}  // namespace nagl::foundation
