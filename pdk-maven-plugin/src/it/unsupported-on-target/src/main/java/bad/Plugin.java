package bad;

import dev.javapdk.pdk.Export;
import java.util.Date;

public class Plugin {
    @Export
    public static String now() {
        return Integer.toString(dayOfMonth(new Date()));
    }

    @SuppressWarnings("deprecation")
    static int dayOfMonth(Date date) {
        return date.getDate();
    }
}
