package se.motesplats.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The requests of a HAR file Playwright recorded, with the bytes that crossed the network. */
public final class HarDownloads {

    /**
     * One request: {@code bytes} is what came over the wire, response headers included, 0 when served from a cache;
     * {@code headerBytes} the response headers' share of it.
     */
    public record Download(String url, boolean fromServiceWorker, long bytes, long headerBytes, OffsetDateTime started) {
    }

    private HarDownloads() {
    }

    public static List<Download> downloadsIn(Path har) throws IOException {
        JsonArray entries = JsonParser.parseString(Files.readString(har)).getAsJsonObject()
                .getAsJsonObject("log").getAsJsonArray("entries");
        List<Download> downloads = new ArrayList<>();
        for (var element : entries) {
            JsonObject entry = element.getAsJsonObject();
            JsonObject response = entry.getAsJsonObject("response");
            long transferred = response.has("_transferSize") ? response.get("_transferSize").getAsLong()
                    : Math.max(0, response.get("bodySize").getAsLong()) + Math.max(0, response.get("headersSize").getAsLong());
            // the worker's own requests belong to no page
            boolean fromWorker = entry.has("_serviceWorker") || !entry.has("pageref");
            long headers = transferred > 0 ? Math.max(0, response.get("headersSize").getAsLong()) : 0;
            downloads.add(new Download(entry.getAsJsonObject("request").get("url").getAsString(), fromWorker, Math.max(0, transferred),
                    headers, OffsetDateTime.parse(entry.get("startedDateTime").getAsString())));
        }
        return downloads;
    }
}
