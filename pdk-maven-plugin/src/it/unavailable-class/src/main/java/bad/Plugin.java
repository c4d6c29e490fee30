package bad;

import dev.javapdk.pdk.Export;
import java.net.Socket;

public class Plugin {
    @Export
    public static String connect(String host) throws Exception {
        try (Socket socket = new Socket(host, 80)) {
            return "connected";
        }
    }
}
