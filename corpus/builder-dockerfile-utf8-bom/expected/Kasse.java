public class Kasse {
    public static void main(String[] args) {
        System.out.println("Kasse bereit");
    }
}
