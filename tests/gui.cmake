# The window's suites: model, intake (drops, paste, dialogs), runs against the
# in-process test server, persistence. Included by tests/CMakeLists.txt.
fetchpool_add_test(tst_downloadmodel SOURCES tst_downloadmodel.cpp LIBRARIES fetchpool_gui)
fetchpool_add_test(tst_guiintake SOURCES tst_guiintake.cpp LIBRARIES fetchpool_gui)
fetchpool_add_test(tst_guirun SOURCES tst_guirun.cpp LIBRARIES fetchpool_gui fetchpool_testserver)
fetchpool_add_test(tst_guistore SOURCES tst_guistore.cpp LIBRARIES fetchpool_gui fetchpool_testserver)
