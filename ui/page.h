#pragma once

namespace Keel {

/// The main window's top-level views, in side-bar order (Ctrl+1 … Ctrl+6).
enum class Page { Portfolio, Projects, Resources, Clients, Reports, Inbox };
inline constexpr int kPageCount = 6;

} // namespace Keel
