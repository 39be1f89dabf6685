<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Fetchpool::Gui::AddFromPageDialog</name>
    <message numerus="yes">
        <source>%n link(s) and image(s) found on %1</source>
        <translation>
            <numerusform>%n link or image found on %1</numerusform>
            <numerusform>%n links and images found on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A&amp;dd %n</source>
        <translation>
            <numerusform>A&amp;dd %n</numerusform>
            <numerusform>A&amp;dd %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::AddUrlsDialog</name>
    <message numerus="yes">
        <source>%n URL(s) found</source>
        <translation>
            <numerusform>%n URL found</numerusform>
            <numerusform>%n URLs found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the list</source>
        <translation>
            <numerusform>, %n already in the list</numerusform>
            <numerusform>, %n already in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n repeated</source>
        <translation>
            <numerusform>, %n repeated</numerusform>
            <numerusform>, %n repeated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected:</source>
        <translation>
            <numerusform>%n line rejected:</numerusform>
            <numerusform>%n lines rejected:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n checksum(s)</source>
        <translation>
            <numerusform>, %n checksum</numerusform>
            <numerusform>, %n checksums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option line(s) ignored:</source>
        <translation>
            <numerusform>%n option line ignored:</numerusform>
            <numerusform>%n option lines ignored:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a scheme, taken as https://</source>
        <translation>
            <numerusform>; %n without a scheme, taken as https://</numerusform>
            <numerusform>; %n without a scheme, taken as https://</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %Ln URL(s), %2</source>
        <translation>
            <numerusform>Line %1: %Ln URL, %2</numerusform>
            <numerusform>Line %1: %Ln URLs, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %Ln URL(s), more than %L2, so Add asks first: %3</source>
        <translation>
            <numerusform>Line %1: %Ln URL, more than %L2, so Add asks first: %3</numerusform>
            <numerusform>Line %1: %Ln URLs, more than %L2, so Add asks first: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more pattern(s)</source>
        <translation>
            <numerusform>and %n more pattern</numerusform>
            <numerusform>and %n more patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patterns stand for more than %L1 URLs each; the largest, on line %2, for %L3.</source>
        <translation>
            <numerusform>%n pattern stands for more than %L1 URLs; the largest, on line %2, for %L3.</numerusform>
            <numerusform>%n patterns stand for more than %L1 URLs each; the largest, on line %2, for %L3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected (for URLs with [ ] or { } of their own, untick Expand patterns):</source>
        <translation>
            <numerusform>%n line rejected (for URLs with [ ] or { } of their own, untick Expand patterns):</numerusform>
            <numerusform>%n lines rejected (for URLs with [ ] or { } of their own, untick Expand patterns):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ComparisonText</name>
    <message numerus="yes">
        <source>Compared on all %n item(s).</source>
        <translation>
            <numerusform>Compared on the %n item.</numerusform>
            <numerusform>Compared on all %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from a kept part</source>
        <translation>
            <numerusform>%n resumed from a kept part</numerusform>
            <numerusform>%n resumed from kept parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared on %1 of %n item(s); %2.</source>
        <translation>
            <numerusform>Compared on %1 of %n item; %2.</numerusform>
            <numerusform>Compared on %1 of %n items; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last run was partial (%1 of %n item(s)): not compared.</source>
        <translation>
            <numerusform>Last run was partial (%1 of %n item): not compared.</numerusform>
            <numerusform>Last run was partial (%1 of %n items): not compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last run left %n existing file(s) as they were: not compared.</source>
        <translation>
            <numerusform>Last run left %n existing file as it was: not compared.</numerusform>
            <numerusform>Last run left %n existing files as they were: not compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::GalleryView</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ItemDetailsText</name>
    <message numerus="yes">
        <source>Begins in %n s</source>
        <translation>
            <numerusform>Begins in %n s</numerusform>
            <numerusform>Begins in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); no details were kept.</source>
        <translation>
            <numerusform>%n attempt; no details were kept.</numerusform>
            <numerusform>%n attempts; no details were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListExporter</name>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>Exported %n item to %1</numerusform>
            <numerusform>Exported %n items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListSummary</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::LoginPrompt</name>
    <message numerus="yes">
        <source>%n item(s) will be downloaded again with this login.</source>
        <translation>
            <numerusform>%n item will be downloaded again with this login.</numerusform>
            <numerusform>%n items will be downloaded again with this login.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) left to download from the last session: press Start to continue</source>
        <translation>
            <numerusform>%n item left to download from the last session: press Start to continue</numerusform>
            <numerusform>%n items left to download from the last session: press Start to continue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::NewLinksBar</name>
    <message numerus="yes">
        <source>%n new link(s) copied</source>
        <translation>
            <numerusform>%n new link copied</numerusform>
            <numerusform>%n new links copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::QueueCommands</name>
    <message numerus="yes">
        <source>%n item(s) paused: Resume continues them</source>
        <translation>
            <numerusform>%n item paused: Resume continues it</numerusform>
            <numerusform>%n items paused: Resume continues them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RejectsButton</name>
    <message numerus="yes">
        <source>Show the %n line(s) the last addition could not use</source>
        <translation>
            <numerusform>Show the %n line the last addition could not use</numerusform>
            <numerusform>Show the %n lines the last addition could not use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n option line(s) the last addition read but did not follow</source>
        <translation>
            <numerusform>Show the %n option line the last addition read but did not follow</numerusform>
            <numerusform>Show the %n option lines the last addition read but did not follow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RejectsDialog</name>
    <message numerus="yes">
        <source>%n line(s) did not give a usable http or https URL:</source>
        <translation>
            <numerusform>%n line did not give a usable http or https URL:</numerusform>
            <numerusform>%n lines did not give a usable http or https URL:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RejectsView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RemoteRunView</name>
    <message numerus="yes">
        <source>%n item(s) failed because no aria2 daemon was left to take them.</source>
        <translation>
            <numerusform>%n item failed because no aria2 daemon was left to take it.</numerusform>
            <numerusform>%n items failed because no aria2 daemon was left to take them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunAgainQuestion</name>
    <message numerus="yes">
        <source>Every item has finished. What should happen to the %n file(s) already in the folder?</source>
        <translation>
            <numerusform>Every item has finished. What should happen to the file already in the folder?</numerusform>
            <numerusform>Every item has finished. What should happen to the %n files already in the folder?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunCommands</name>
    <message numerus="yes">
        <source>Downloading %n item(s) one at a time…</source>
        <translation>
            <numerusform>Downloading %n item one at a time…</numerusform>
            <numerusform>Downloading %n items one at a time…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) with %1 workers…</source>
        <translation>
            <numerusform>Downloading %n item with %1 workers…</numerusform>
            <numerusform>Downloading %n items with %1 workers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n finished file(s) again and replace them?</source>
        <translation>
            <numerusform>Download %n finished file again and replace it?</numerusform>
            <numerusform>Download %n finished files again and replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n file(s) not replaced: the earlier copy is kept.</source>
        <translation>
            <numerusform>%1. %n file not replaced: the earlier copy is kept.</numerusform>
            <numerusform>%1. %n files not replaced: the earlier copies are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) resumed: they join the run</source>
        <translation>
            <numerusform>%n item resumed: it joins the run</numerusform>
            <numerusform>%n items resumed: they join the run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n item(s)…</source>
        <translation>
            <numerusform>Resuming %n item…</numerusform>
            <numerusform>Resuming %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) on aria2 daemons…</source>
        <translation>
            <numerusform>Downloading %n item on aria2 daemons…</numerusform>
            <numerusform>Downloading %n items on aria2 daemons…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunNotifier</name>
    <message numerus="yes">
        <source>%1 of %n done in %2</source>
        <translation>
            <numerusform>%1 of %n done in %2</numerusform>
            <numerusform>%1 of %n done in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunProgressBar</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunToolTip</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SegmentToolTip</name>
    <message numerus="yes">
        <source>Fetched in %n segment(s):</source>
        <extracomment>The heading of a row&apos;s tooltip for a file fetched in segments; %n is how many.</extracomment>
        <translation>
            <numerusform>Fetched in %n segment:</numerusform>
            <numerusform>Fetched in %n segments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::StatusCell</name>
    <message numerus="yes">
        <source>%1 (HTTP %2, %n attempt(s))</source>
        <translation>
            <numerusform>%1 (HTTP %2, %n attempt)</numerusform>
            <numerusform>%1 (HTTP %2, %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempts</source>
        <translation>
            <numerusform>Done after %n attempt</numerusform>
            <numerusform>Done after %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (attempt %1 of %2)</source>
        <translation>
            <numerusform>Retrying in %n s (attempt %1 of %2)</numerusform>
            <numerusform>Retrying in %n s (attempt %1 of %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (attempt %1 of %2): %3</source>
        <translation>
            <numerusform>Retrying in %n s (attempt %1 of %2): %3</numerusform>
            <numerusform>Retrying in %n s (attempt %1 of %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempts, %1 verified</source>
        <extracomment>%1 is a digest&apos;s name such as SHA-256: the file matched it</extracomment>
        <translation>
            <numerusform>Done after %n attempt, %1 verified</numerusform>
            <numerusform>Done after %n attempts, %1 verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SweepDialog</name>
    <message numerus="yes">
        <source> of %n URL(s)</source>
        <translation>
            <numerusform> of %n URL</numerusform>
            <numerusform> of %n URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %n worker(s)…</source>
        <translation>
            <numerusform>Step %1 of %2: %n worker…</numerusform>
            <numerusform>Step %1 of %2: %n workers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5</source>
        <translation>
            <numerusform>Step %1 of %2: %n worker · %3 of %4 fetched · %5</numerusform>
            <numerusform>Step %1 of %2: %n workers · %3 of %4 fetched · %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured %n URL(s) at %1 worker counts; the scratch files are removed.</source>
        <translation>
            <numerusform>Measured %n URL at %1 worker counts; the scratch files are removed.</numerusform>
            <numerusform>Measured %n URLs at %1 worker counts; the scratch files are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker(s). The curve is still rising at %1: larger counts may be faster yet.</source>
        <translation>
            <numerusform>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker. The curve is still rising at %1: larger counts may be faster yet.</numerusform>
            <numerusform>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n workers. The curve is still rising at %1: larger counts may be faster yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker(s). Beyond %1, more workers gain less than %3 %: they add threads, connections and server load for little time.</source>
        <translation>
            <numerusform>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker. Beyond %1, more workers gain less than %3 %: they add threads, connections and server load for little time.</numerusform>
            <numerusform>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n workers. Beyond %1, more workers gain less than %3 %: they add threads, connections and server load for little time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n Worker(s)</source>
        <translation>
            <numerusform>Use %n Worker</numerusform>
            <numerusform>Use %n Workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) that failed in the list are left out: at every step they would only wait for their timeouts.</source>
        <translation>
            <numerusform>%n URL that failed in the list is left out: at every step it would only wait for its timeout.</numerusform>
            <numerusform>%n URLs that failed in the list are left out: at every step they would only wait for their timeouts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5 of at most %6</source>
        <translation>
            <numerusform>Step %1 of %2: %n worker · %3 of %4 fetched · %5 of at most %6</numerusform>
            <numerusform>Step %1 of %2: %n workers · %3 of %4 fetched · %5 of at most %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker(s). Larger counts did not fetch every URL in time, so they do not count.</source>
        <translation>
            <numerusform>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker. Larger counts did not fetch every URL in time, so they do not count.</numerusform>
            <numerusform>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n workers. Larger counts did not fetch every URL in time, so they do not count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the %n step(s) that completed.</source>
        <translation>
            <numerusform>From the %n step that completed.</numerusform>
            <numerusform>From the %n steps that completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; no step fetched every URL in time (%n step(s) timed out). A step with failures or a timeout measures something else.</source>
        <translation>
            <numerusform>&lt;b&gt;No recommendation:&lt;/b&gt; no step fetched every URL in time (%n step timed out). A step with failures or a timeout measures something else.</numerusform>
            <numerusform>&lt;b&gt;No recommendation:&lt;/b&gt; no step fetched every URL in time (%n steps timed out). A step with failures or a timeout measures something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SweepPlot</name>
    <message numerus="yes">
        <source>%n worker(s): %1</source>
        <translation>
            <numerusform>%n worker: %1</numerusform>
            <numerusform>%n workers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1× the speed of %n worker(s)</source>
        <translation>
            <numerusform>%1× the speed of %n worker</numerusform>
            <numerusform>%1× the speed of %n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelineRecorder</name>
    <message numerus="yes">
        <source>Parallel · %n worker(s)</source>
        <translation>
            <numerusform>Parallel · %n worker</numerusform>
            <numerusform>Parallel · %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n failed</numerusform>
            <numerusform> · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n cancelled</numerusform>
            <numerusform> · %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial run: %1 of %n item(s)</source>
        <translation>
            <numerusform>Partial run: %1 of %n item</numerusform>
            <numerusform>Partial run: %1 of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelineToolTip</name>
    <message numerus="yes">
        <source>done after %n attempt(s)</source>
        <translation>
            <numerusform>done after %n attempt</numerusform>
            <numerusform>done after %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimingPanel</name>
    <message numerus="yes">
        <source>In flight %1 of %n worker(s)</source>
        <translation>
            <numerusform>In flight %1 of %n worker</numerusform>
            <numerusform>In flight %1 of %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), Sequential</source>
        <translation>
            <numerusform>%n item, Sequential</numerusform>
            <numerusform>%n items, Sequential</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), Parallel ×%1</source>
        <translation>
            <numerusform>%n item, Parallel ×%1</numerusform>
            <numerusform>%n items, Parallel ×%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole run took %1; %2 of %n item(s) done.</source>
        <translation>
            <numerusform>The whole run took %1; %2 of %n item done.</numerusform>
            <numerusform>The whole run took %1; %2 of %n items done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TrayIcon</name>
    <message numerus="yes">
        <source>%n new link(s) copied</source>
        <translation>
            <numerusform>%n new link copied</numerusform>
            <numerusform>%n new links copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n New Link(s)</source>
        <translation>
            <numerusform>&amp;Add %n New Link</numerusform>
            <numerusform>&amp;Add %n New Links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::UrlIntake</name>
    <message numerus="yes">
        <source>Added %n URL(s)</source>
        <translation>
            <numerusform>Added %n URL</numerusform>
            <numerusform>Added %n URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already in the list</source>
        <translation>
            <numerusform>, skipped %n already in the list</numerusform>
            <numerusform>, skipped %n already in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n repeated</source>
        <translation>
            <numerusform>, %n repeated</numerusform>
            <numerusform>, %n repeated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) rejected</source>
        <translation>
            <numerusform>, %n line rejected</numerusform>
            <numerusform>, %n lines rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n checksum(s)</source>
        <translation>
            <numerusform>Read %n checksum</numerusform>
            <numerusform>Read %n checksums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a checksum to verify</source>
        <translation>
            <numerusform>, %n with a checksum to verify</numerusform>
            <numerusform>, %n with a checksum to verify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n option line(s) ignored</source>
        <translation>
            <numerusform>, %n option line ignored</numerusform>
            <numerusform>, %n option lines ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n URL(s) without a scheme were taken as https://</source>
        <translation>
            <numerusform>; %n URL without a scheme was taken as https://</numerusform>
            <numerusform>; %n URLs without a scheme were taken as https://</numerusform>
        </translation>
    </message>
</context>
</TS>
