<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%1, %n match(es): %2</source>
        <translation>
            <numerusform>%1, %n match: %2</numerusform>
            <numerusform>%1, %n matches: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
