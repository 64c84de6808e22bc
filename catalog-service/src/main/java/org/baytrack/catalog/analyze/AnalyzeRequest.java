package org.baytrack.catalog.analyze;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A text to analyse without storing anything")
public record AnalyzeRequest(
        @Schema(required = true, description = "The article text (plain text or HTML)",
                example = "12月24日，黄茅海跨海通道首片节段梁成功架设到位。项目预计2024年建成通车。") String text,
        @Schema(description = "Publication date YYYY-MM-DD; relative dates (明年, 12月24日) resolve against it",
                example = "2021-12-29") String published) {
}
