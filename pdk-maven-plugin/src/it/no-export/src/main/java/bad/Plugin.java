package bad;

public class Plugin {
    public static String forgotTheAnnotation(String input) {
        return input;
    }
}
