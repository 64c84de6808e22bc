package org.baytrack.ingest.document;

import org.baytrack.analysis.clean.DocumentDecoder;
import org.baytrack.analysis.clean.UndecodableDocumentException;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.commons.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads a document's bytes as text with the analysis library's decoder (declared charset, BOM, HTML meta, then
 * detection among UTF-8, GB18030 and Big5). Ingest is stricter than analysis on one point: bytes that do not fit
 * the charset the caller declared are refused, so nobody stores a document they will later read as mojibake.
 */
public final class UploadDecoder {
    private static final DocumentDecoder DETECTOR = new DocumentDecoder(ScriptConverter.get());

    static final String DETECT_HINT = ", or add the query parameter charset=detect to have the charset chosen "
            + "from the bytes, whatever the document declares.";

    private UploadDecoder() {
    }

    public static DecodedDocument decode(byte[] raw, String mediaType, String declaredCharset) {
        return decode(raw, mediaType, declaredCharset, Submission.Decoding.DECLARED);
    }

    /**
     * With DETECT the charset is chosen from the bytes alone, whatever Content-Type or the HTML says; with DECLARED
     * the charset read must give clean text, or the document is refused.
     */
    public static DecodedDocument decode(byte[] raw, String mediaType, String declaredCharset,
                                         Submission.Decoding decoding) {
        boolean detect = decoding == Submission.Decoding.DETECT;
        if (raw.length == 0) {
            throw ProblemException.badRequest("The document is empty. Send the document's text or HTML as the body.");
        }
        String contentType = mediaType;
        if (detect) {
            Charset detected = CharsetCheck.detect(raw);
            if (detected == null) {
                throw ProblemException.badRequest("Cannot detect the charset: the bytes are not valid UTF-8, GB18030 "
                        + "or Big5. Convert the document to UTF-8.");
            }
            contentType = mediaType + "; charset=" + detected.name();
        } else if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset declared = charset(declaredCharset);
            if (!fits(raw, declared)) {
                throw ProblemException.badRequest("The body is not valid " + declared.name() + " as declared in "
                        + "Content-Type. Declare the right charset (UTF-8, GB18030 or Big5) or leave it out to have it "
                        + "detected" + DETECT_HINT);
            }
            contentType = mediaType + "; charset=" + declared.name();
        }
        DocumentDecoder.Decoded decoded;
        try {
            decoded = DETECTOR.decode(raw, contentType);
        } catch (UndecodableDocumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        if (decoding == Submission.Decoding.DECLARED) {
            String problem = CharsetCheck.problem(raw, decoded.charset(), decoded.text());
            if (problem != null) {
                throw ProblemException.badRequest("The document does not decode cleanly as " + decoded.charset().name()
                        + " (declared in Content-Type, a BOM or the HTML <meta charset>, or detected): " + problem
                        + ". Declare the right charset in Content-Type" + DETECT_HINT);
            }
        }
        int nul = decoded.text().indexOf('\0');
        if (nul >= 0) {
            throw ProblemException.badRequest("The document's text holds a NUL character (U+0000) at character " + nul
                    + "; text cannot contain NUL. Remove it, or send the file's real charset if it is UTF-16.");
        }
        return new DecodedDocument(mediaType, decoded.charset().name(), decoded.text());
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.badRequest("Unknown charset '" + name + "'. Use UTF-8, GB18030, GBK or Big5.");
        }
    }

    private static boolean fits(byte[] raw, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The bare media type of a Content-Type header, lower-cased, without parameters. */
    public static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type header, or null. */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length());
            }
        }
        return null;
    }
}
