public class ReportGen {
    public static void main(String[] args) {
        System.out.println("report generated");
    }
}
