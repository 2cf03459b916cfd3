// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vigie::gui {

class MainWindow;
class StudySession;

// Adds every view to the window, in navigation order (Views.cpp).
void addViews(MainWindow &window, StudySession &session);

} // namespace vigie::gui
