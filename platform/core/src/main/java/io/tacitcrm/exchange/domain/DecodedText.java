package io.tacitcrm.exchange.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Uploaded bytes as text, and which encoding they were in. Without a declared charset: UTF-8 (a BOM is dropped) if the
 * bytes are valid UTF-8, else GB18030 (which covers GBK and GB2312, what Chinese Excel saves) if valid as that;
 * anything
 * else is refused with a message naming both, never silently garbled.
 */
public record DecodedText(String text, Charset charset) {

    public static final Charset GB18030 = Charset.forName("GB18030");

    public static DecodedText of(byte[] bytes, Optional<Charset> declared) {
        if (declared.isPresent()) {
            return strict(bytes, declared.get()).orElseThrow(() -> InvalidInputException.of("file", "encoding.mismatch",
                    "is not valid " + declared.get().name() + " text"));
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        byte[] body = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        return strict(body, StandardCharsets.UTF_8).or(() -> strict(body, GB18030))
                .orElseThrow(() -> InvalidInputException.of("file", "encoding.unknown",
                        "is neither UTF-8 nor GB18030/GBK text; save it as UTF-8 CSV or name its charset"));
    }

    private static Optional<DecodedText> strict(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new DecodedText(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
