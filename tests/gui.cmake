# The window's suites: model, intake (drops, paste, dialogs), runs against the
# in-process test server, persistence. Included by tests/CMakeLists.txt.

# The window as its suites drive it (tests/guitestwindow.h): the application
# in test mode, a main window on a fresh destination, its models checked.
add_library(fetchpool_gui_test_support INTERFACE)
target_sources(fetchpool_gui_test_support INTERFACE ${CMAKE_CURRENT_SOURCE_DIR}/guitestwindow.h)
target_link_libraries(fetchpool_gui_test_support INTERFACE fetchpool_gui fetchpool_test_support)

fetchpool_add_test(tst_downloadmodel SOURCES tst_downloadmodel.cpp LIBRARIES fetchpool_gui)
fetchpool_add_test(tst_guiintake SOURCES tst_guiintake.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
fetchpool_add_test(tst_guirun SOURCES tst_guirun.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# Run → When a File Exists, and Start on a finished list asking what to do with its files.
fetchpool_add_test(tst_guiexisting SOURCES tst_guiexisting.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
fetchpool_add_test(tst_guistore SOURCES tst_guistore.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# Failure reasons and retries on the rows, and the item details pane, from real runs.
fetchpool_add_test(tst_itemdetails SOURCES tst_itemdetails.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The run timeline (model from real runs, comparison, painting, export) and the image gallery.
fetchpool_add_test(tst_timeline SOURCES tst_timeline.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
fetchpool_add_test(tst_gallery SOURCES tst_gallery.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# Passwords in URLs never shown in the list, during a real run or after it.
fetchpool_add_test(tst_guicredentials SOURCES tst_guicredentials.cpp
    LIBRARIES fetchpool_gui fetchpool_testserver)
# The 401 prompt: once per site and realm, a login fetching the items again,
# a wrong one asking again, Cancel, passwords kept off the disk, and
# "Remember" as the machine's secret store allows; the proxy login from Preferences.
fetchpool_add_test(tst_guilogin SOURCES tst_guilogin.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# Desktop integration: one window per display, the German translation and the
# English plural forms.
fetchpool_add_test(tst_singleinstance SOURCES tst_singleinstance.cpp LIBRARIES fetchpool_gui Qt6::Concurrent)
target_compile_definitions(tst_singleinstance PRIVATE FETCHPOOL_GUI_PATH="$<TARGET_FILE:fetchpool>")
add_dependencies(tst_singleinstance fetchpool)
fetchpool_add_test(tst_translation SOURCES tst_translation.cpp LIBRARIES fetchpool_gui_test_support)
target_compile_definitions(tst_translation PRIVATE
    FETCHPOOL_TS_DE="${CMAKE_SOURCE_DIR}/translations/fetchpool_de.ts"
    FETCHPOOL_TS_EN="${CMAKE_SOURCE_DIR}/translations/fetchpool_en.ts")
# Measure… (the worker-count sweep) from the window, the column menu, the report export.
fetchpool_add_test(tst_guisweep SOURCES tst_guisweep.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The run's progress in the title, the notification when a batch ends in the background.
fetchpool_add_test(tst_desktopintegration SOURCES tst_desktopintegration.cpp
    LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The quick filter (its proxy under the model tester, in the window during
# runs) and Follow Active.
fetchpool_add_test(tst_listfilter SOURCES tst_listfilter.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The window from the keyboard: the Tab tour, keys to every control, mnemonics that do not clash.
fetchpool_add_test(tst_guikeyboard SOURCES tst_guikeyboard.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The window at small sizes: the timeline's first state and memory, the
# columns that give way, the toolbar without overflow, the minimum size.
fetchpool_add_test(tst_guilayout SOURCES tst_guilayout.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The program around the window: closing and quitting during a run, About,
# and SIGTERM to the real program (the demo's folder, the kept parts, the list).
fetchpool_add_test(tst_guiapp SOURCES tst_guiapp.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
target_compile_definitions(tst_guiapp PRIVATE
    FETCHPOOL_GUI_PATH="$<TARGET_FILE:fetchpool>"
    FETCHPOOL_METAINFO="${CMAKE_SOURCE_DIR}/packaging/io.github.fetchpool.Fetchpool.metainfo.xml")
add_dependencies(tst_guiapp fetchpool)
# Sequential against Parallel on the items both runs fetched; partial runs noted, not compared.
fetchpool_add_test(tst_runcomparison SOURCES tst_runcomparison.cpp LIBRARIES fetchpool_gui)
# The speed limits in the window: the status bar's button, Run → Speed Limit
# and a row's own limit, acting on a run in progress.
fetchpool_add_test(tst_guiratelimit SOURCES tst_guiratelimit.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# Pause, Resume and the queue's order from the window, and their persistence.
fetchpool_add_test(tst_guiqueue SOURCES tst_guiqueue.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# Edit → Watch Clipboard for Links with the real clipboard: links offered once, Add, Dismiss, the tray's count.
fetchpool_add_test(tst_guiclipboard SOURCES tst_guiclipboard.cpp LIBRARIES fetchpool_gui_test_support)
# What a list says beyond its URLs, in the window: aria2 options, sums files
# and pasted sums, "verified" rows, the page links came from as their Referer.
fetchpool_add_test(tst_guilistoptions SOURCES tst_guilistoptions.cpp LIBRARIES fetchpool_gui_test_support fetchpool_testserver)
# The window on aria2 daemons: Preferences → Engines, the toolbar's engine,
# a run through the window on a real aria2c on loopback (Aria2Daemon), Retry
# on This Computer; skips, saying why, when aria2c cannot start.
fetchpool_add_test(tst_guiengines SOURCES tst_guiengines.cpp aria2daemon.cpp aria2daemon.h
    LIBRARIES fetchpool_gui_test_support fetchpool_testserver fetchpool_remote Qt6::Network)
